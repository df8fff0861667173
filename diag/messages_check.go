package diag

// Messages reported by the type checker: tsc's codes and texts exactly
// (diagnosticMessages.json of TypeScript 5.9), so that `tsrun check` and
// tsc print the same first line for the same error.
var (
	TypeNotAssignable           = &Message{2322, Error, "Type '{0}' is not assignable to type '{1}'."}
	ArgumentNotAssignable       = &Message{2345, Error, "Argument of type '{0}' is not assignable to parameter of type '{1}'."}
	PropertyNotExist            = &Message{2339, Error, "Property '{0}' does not exist on type '{1}'."}
	PropertyNotExistDidYouMean  = &Message{2551, Error, "Property '{0}' does not exist on type '{1}'. Did you mean '{2}'?"}
	ExpectedArguments           = &Message{2554, Error, "Expected {0} arguments, but got {1}."}
	ExpectedAtLeastArguments    = &Message{2555, Error, "Expected at least {0} arguments, but got {1}."}
	ObjectLiteralKnownProps     = &Message{2353, Error, "Object literal may only specify known properties, and '{0}' does not exist in type '{1}'."}
	PropertyMissingInType       = &Message{2741, Error, "Property '{0}' is missing in type '{1}' but required in type '{2}'."}
	TypeMissingProperties       = &Message{2739, Error, "Type '{0}' is missing the following properties from type '{1}': {2}"}
	TypeMissingPropertiesMore   = &Message{2740, Error, "Type '{0}' is missing the following properties from type '{1}': {2}, and {3} more."}
	PossiblyNull                = &Message{18047, Error, "'{0}' is possibly 'null'."}
	PossiblyUndefined           = &Message{18048, Error, "'{0}' is possibly 'undefined'."}
	PossiblyNullOrUndefined     = &Message{18049, Error, "'{0}' is possibly 'null' or 'undefined'."}
	ObjectPossiblyNull          = &Message{2531, Error, "Object is possibly 'null'."}
	ObjectPossiblyUndefined     = &Message{2532, Error, "Object is possibly 'undefined'."}
	ObjectPossiblyNullOrUndef   = &Message{2533, Error, "Object is possibly 'null' or 'undefined'."}
	CannotInvokePossiblyUndef   = &Message{2722, Error, "Cannot invoke an object which is possibly 'undefined'."}
	CannotInvokePossiblyNull    = &Message{2721, Error, "Cannot invoke an object which is possibly 'null'."}
	CannotInvokePossiblyNullish = &Message{2723, Error, "Cannot invoke an object which is possibly 'null' or 'undefined'."}
	IsOfTypeUnknown             = &Message{18046, Error, "'{0}' is of type 'unknown'."}
	UsedBeforeAssigned          = &Message{2454, Error, "Variable '{0}' is used before being assigned."}
	CannotAssignConst           = &Message{2588, Error, "Cannot assign to '{0}' because it is a constant."}
	CannotAssignReadonly        = &Message{2540, Error, "Cannot assign to '{0}' because it is a read-only property."}
	IndexSignatureOnlyReading   = &Message{2542, Error, "Index signature in type '{0}' only permits reading."}
	ComparisonNoOverlap         = &Message{2367, Error, "This comparison appears to be unintentional because the types '{0}' and '{1}' have no overlap."}
	NotCallable                 = &Message{2349, Error, "This expression is not callable."}
	ImplicitAnyParameter        = &Message{7006, Error, "Parameter '{0}' implicitly has an '{1}' type."}
	CannotFindName              = &Message{2304, Error, "Cannot find name '{0}'."}
	LacksEndingReturn           = &Message{2366, Error, "Function lacks ending return statement and return type does not include 'undefined'."}
	IncorrectlyImplements       = &Message{2420, Error, "Class '{0}' incorrectly implements interface '{1}'."}
	PropertyIsPrivate           = &Message{2341, Error, "Property '{0}' is private and only accessible within class '{1}'."}
)

namespace N {}
namespace M {
}

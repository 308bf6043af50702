// One location however it is reached: a field written directly and through an int * given its
// address races (definite); elements of an array member by constant indexes are told apart,
// as an array variable's (a nested array by a pointer or an element is not: member_arrays.c).
#include <pthread.h>

struct S {
    int a, b;
} s;
struct H {
    int arr[2];
} h;

static void set(int *p)
{
    *p = 7; // RACE (definite): s.a, also written by main
}

static void *setter(void *arg)
{
    (void)arg;
    set(&s.a);
    h.arr[0] = 1; // NORACE: h.arr[1] is another element
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, setter, NULL);
    s.a = 1; // RACE (definite)
    h.arr[1] = 2; // NORACE
    pthread_join(t, NULL);
    return 0;
}

// One location however it is reached: a field written directly and through an int * given its
// address races (definite); elements of a nested array the analysis does not tell apart are
// only possibly the same.
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
    h.arr[0] = 1; // RACE (possible): h.arr[1] is another element, not told apart
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, setter, NULL);
    s.a = 1; // RACE (definite)
    h.arr[1] = 2; // RACE (possible)
    pthread_join(t, NULL);
    return 0;
}

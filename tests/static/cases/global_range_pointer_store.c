// What a global integer may hold comes from every store to it: one made through a pointer
// (its address handed to a thread, kept in a global pointer) may give it any value, so an if
// on it is not decided by the literal stores alone. A global whose address is never taken
// keeps the values its own stores give it.
#include <pthread.h>

static int mode, via_global, fixed;
static int *gp = &via_global;
static int data, data2, data3;

static void *setter(void *p)
{
    int *q = p;
    *q = 1;
    if (mode == 1)
        data = 1; // RACE: mode is 1 here, stored through q
    *gp = 1;
    if (via_global == 1)
        data2 = 1; // RACE: stored through gp
    if (fixed == 1)
        data3 = 1; // NORACE: fixed is only ever 0
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, setter, &mode);
    data = 2;
    data2 = 2;
    data3 = 2;
    pthread_join(t, NULL);
    return data + data2 + data3 + fixed;
}

/* TRUTH: free — the address of main's local struct escapes to one thread, but main reads it only after joining that thread */
#include <pthread.h>

struct pair {
    int a;
    int b;
};

void *fill(void *arg)
{
    struct pair *p = arg;
    p->a = 1;
    p->b = p->a + 1;
    return 0;
}

int main(void)
{
    struct pair local = { 0, 0 };
    pthread_t t;
    pthread_create(&t, 0, fill, &local);
    pthread_join(t, 0);
    local.a += local.b;
    return local.a == 3 ? 0 : 1;
}

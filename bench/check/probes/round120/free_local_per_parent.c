/* TRUTH: free — each parent thread passes the address of its own local v to a child and joins it before using v; the two children write two different objects */
#include <pthread.h>

void *child(void *p)
{
    int *v = p;
    *v += 1;
    return 0;
}

void *parent(void *arg)
{
    (void)arg;
    int v = 10;
    pthread_t c;
    pthread_create(&c, 0, child, &v);
    pthread_join(c, 0);
    v += 1;
    return (void *)(long)v;
}

int main(void)
{
    pthread_t p[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&p[i], 0, parent, 0);
    long s = 0;
    for (int i = 0; i < 2; i++) {
        void *r;
        pthread_join(p[i], &r);
        s += (long)r;
    }
    return s == 24 ? 0 : 1;
}

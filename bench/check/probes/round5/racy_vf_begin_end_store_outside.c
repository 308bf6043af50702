/* TRUTH: racy - push reserves a slot index inside the atomic section but stores into ring[] after __VERIFIER_atomic_end; pop may read that slot then */
#include <pthread.h>
#include <stdlib.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void reach_error(void) { abort(); }
static int head, len;
static int ring[8];
static void *push(void *arg)
{
    int v = *(int *)arg;
    __VERIFIER_atomic_begin();
    int at = (head + len) & 7;
    len++;
    __VERIFIER_atomic_end();
    ring[at] = v;
    return NULL;
}
static void *pop(void *arg)
{
    (void)arg;
    int v = -1;
    __VERIFIER_atomic_begin();
    if (len > 0) {
        v = ring[head];
        head = (head + 1) & 7;
        len--;
    }
    __VERIFIER_atomic_end();
    return (void *)(long)v;
}
int main(void)
{
    pthread_t a, c;
    int v1 = 1;
    pthread_create(&a, NULL, push, &v1);
    pthread_create(&c, NULL, pop, NULL);
    pthread_join(a, NULL);
    pthread_join(c, NULL);
    if (len > 2)
        reach_error();
    return 0;
}

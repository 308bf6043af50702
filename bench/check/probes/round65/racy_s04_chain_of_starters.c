/* TRUTH: racy — main starts a; a starts b; b starts leaf; main then writes knob and starts leaf too; b's leaf may read knob before the write */
#include <pthread.h>
static int knob;
static int out[2];
static void *leaf(void *arg) { out[(long)arg] = knob; return NULL; }
static void *b_fn(void *arg)
{
    (void)arg;
    pthread_t t;
    pthread_create(&t, NULL, leaf, (void *)0L);
    pthread_join(t, NULL);
    return NULL;
}
static void *a_fn(void *arg)
{
    (void)arg;
    pthread_t t;
    pthread_create(&t, NULL, b_fn, NULL);
    pthread_join(t, NULL);
    return NULL;
}
int main(void)
{
    pthread_t a, l;
    pthread_create(&a, NULL, a_fn, NULL);
    knob = 5;
    pthread_create(&l, NULL, leaf, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(l, NULL);
    return out[0] + out[1];
}

/* TRUTH: racy. atomic_init is not an atomic operation (C11 7.17.2.2), so it races with the thread's atomic_fetch_add. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int n;
static void *t(void *p) { (void)p; atomic_fetch_add(&n, 1); return NULL; }
int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, t, NULL);
    atomic_init(&n, 0);
    pthread_join(a, NULL);
    return 0;
}

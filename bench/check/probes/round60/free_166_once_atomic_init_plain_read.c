/* TRUTH: free — the pthread_once init routine writes x with __atomic_store_n; both threads call pthread_once and only then read x plainly; completion of the init routine happens-before every pthread_once return, and the plain accesses are reads. */
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int x;
static int r[2];
static void init(void) { __atomic_store_n(&x, 17, __ATOMIC_RELAXED); }
static void *work(void *arg) {
    int id = (int)(long)arg;
    pthread_once(&once, init);
    r[id] = x;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", r[0], r[1]);
    return 0;
}

/* free: the thread's write to x follows pthread_exit and is unreachable; main
   writes x concurrently. */
#include <pthread.h>
static int x;
static void *t(void *a) {
    (void)a;
    pthread_exit(0);
    x = 1;
    return 0;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    x = 2;
    pthread_join(th, 0);
    return x;
}

// Both threads write and read errno, which is thread-local per C11/POSIX
// -> race-free.
#include <pthread.h>
#include <errno.h>
#include <stdio.h>
static void *worker(void *arg) {
    for (int i = 0; i < 100; i++) {
        errno = 0;
        if (errno != 0) *(int *)arg = 1;
        errno = EINVAL;
    }
    *(int *)arg = errno;
    return NULL;
}
int main(void) {
    int r1, r2;
    pthread_t x, y;
    pthread_create(&x, NULL, worker, &r1);
    pthread_create(&y, NULL, worker, &r2);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d %d\n", r1, r2);
    return 0;
}

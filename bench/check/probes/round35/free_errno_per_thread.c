/* TRUTH: free — errno is thread-local (C11 7.5p2), so each thread's `errno = 5` writes its own object; main's errno is its own too. */
#include <pthread.h>
#include <errno.h>
void *w(void *p) { errno = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, 0);
    pthread_create(&y, 0, w, 0);
    errno = 1;
    pthread_join(x, 0);
    pthread_join(y, 0);
    return errno;
}

/* TRUTH: free — errno is thread-local (C11 7.5p2): t's errno = EINVAL / read and main's errno = ERANGE / read are different objects */
#include <pthread.h>
#include <errno.h>
int out1, out2;
void *t(void *a) { (void)a; errno = EINVAL; out1 = errno; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    errno = ERANGE;
    out2 = errno;
    pthread_join(th, 0);
    return out1 + out2;
}

/* TRUTH: free — t writes g through an int pointer (*ip = 1); main only touches its own errno (thread-local) before the join and g after it */
#include <pthread.h>
#include <errno.h>
int g;
void *t(void *arg) { int *ip = arg; *ip = 1; errno = 4; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, &g);
    errno = 0;
    int e = errno;
    pthread_join(th, 0);
    return e + g;
}

/* TRUTH: free — t writes main's errno through the pointer (*(int *)a = 5); main writes errno only after pthread_join */
#include <pthread.h>
#include <errno.h>
void *t(void *a) { *(int *)a = 5; return 0; }
int main(void)
{
    pthread_t th;
    int *ep = &errno;
    pthread_create(&th, 0, t, ep);
    pthread_join(th, 0);
    errno = 3;
    return errno;
}

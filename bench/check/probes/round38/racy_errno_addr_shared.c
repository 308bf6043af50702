/* TRUTH: racy — main hands &errno (its own errno object) to t, which writes it (*(int *)a = 5) while main writes errno (errno = 3) after create: same object, unordered */
#include <pthread.h>
#include <errno.h>
void *t(void *a) { *(int *)a = 5; return 0; }
int main(void)
{
    pthread_t th;
    int *ep = &errno;
    pthread_create(&th, 0, t, ep);
    errno = 3;
    pthread_join(th, 0);
    return errno;
}

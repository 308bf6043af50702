/* TRUTH: racy — main publishes the address of ITS errno in gp before the creates; w writes *gp (main's errno) while main writes `errno = 1` after the creates. */
#include <pthread.h>
#include <errno.h>
int *gp;
void *w(void *p) { *gp = 5; return 0; }
int main(void)
{
    pthread_t x;
    gp = &errno;
    pthread_create(&x, 0, w, 0);
    errno = 1;
    pthread_join(x, 0);
    return errno;
}

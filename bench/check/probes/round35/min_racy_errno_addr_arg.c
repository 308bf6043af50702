/* TRUTH: racy — main hands &errno (its own errno object) to w as the argument; w writes *(int *)a while main writes `errno = 1` after the create. */
#include <pthread.h>
#include <errno.h>
void *w(void *a) { *(int *)a = 5; return 0; }
int main(void)
{
    pthread_t x;
    pthread_create(&x, 0, w, &errno);
    errno = 1;
    pthread_join(x, 0);
    return errno;
}

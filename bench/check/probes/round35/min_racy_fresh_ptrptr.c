/* TRUTH: racy — &p (p fresh from malloc) is the thread argument; w writes **a (*p) while main writes *p = 1 after the create. */
#include <pthread.h>
#include <stdlib.h>
void *w(void *a) { **(int **)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int *p = malloc(sizeof *p);
    pthread_create(&t, 0, w, &p);
    *p = 1;
    pthread_join(t, 0);
    return *p;
}

/* TRUTH: racy — t is started with arg 0, id = (long)arg is 0, BUMP(id) makes it 1, so t writes g (g = 1) concurrently with main's g = 2 */
#include <pthread.h>
#define INC(v) ((v)++)
#define BUMP(v) INC(v)
int g;
void *t(void *arg)
{
    long id = (long)arg;
    BUMP(id);
    if (id)
        g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, (void *)0);
    g = 2;
    pthread_join(th, 0);
    return g;
}

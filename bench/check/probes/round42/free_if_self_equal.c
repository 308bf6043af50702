/* TRUTH: free — pthread_equal(self, self) is nonzero, every worker pthread_exit's; g++ (line 11) never executes */
#include <pthread.h>
#include <unistd.h>
static int g;

static void *w(void *a)
{
    (void)a;
    if (pthread_equal(pthread_self(), pthread_self()))
        pthread_exit(0);
    g++;
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return g;
}

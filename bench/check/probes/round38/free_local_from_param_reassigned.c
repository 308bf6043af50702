/* TRUTH: free — t writes g = 1 (d was reassigned to &dev); main writes g = 2 only after pthread_join */
#include <pthread.h>
#include <stddef.h>
struct dev { int x; };
static struct dev dev;
int g;
void *t(void *arg)
{
    struct dev *d = arg;
    d = &dev;
    if (d == NULL)
        return 0;
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, NULL);
    pthread_join(th, 0);
    g = 2;
    return g;
}

/* TRUTH: racy — t gets NULL, but d = arg is then reassigned to &dev, so d != NULL and t writes g = 1 while main writes g = 2 */
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
    g = 2;
    pthread_join(th, 0);
    return g;
}

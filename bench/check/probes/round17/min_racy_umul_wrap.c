/* Racy: i * 0x80000000u wraps, threads 0 and 2 both get 0 and write c[0]. */
#include <pthread.h>
int c[4];
static void *w(void *arg)
{
    unsigned long id = (unsigned long)arg;
    if (id < 4)
        c[id] = 1;
    return 0;
}
int main(void)
{
    pthread_t t[3];
    for (unsigned i = 0; i < 3; i++)
        pthread_create(&t[i], 0, w, (void *)(unsigned long)(i * 0x80000000u));
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], 0);
}

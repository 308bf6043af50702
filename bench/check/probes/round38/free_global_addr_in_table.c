/* TRUTH: free — mode only ever holds 0 or 4 (stored through tab[0] before create), so mode == 3 never holds, t never writes data; main's data = 2 is unopposed */
#include <pthread.h>
static int mode;
static int *const tab[] = { &mode };
int data;
void *t(void *a)
{
    (void)a;
    if (mode == 3)
        data = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    *tab[0] = 4;
    pthread_create(&th, 0, t, 0);
    data = 2;
    pthread_join(th, 0);
    return data;
}

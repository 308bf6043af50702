/* TRUTH: racy — mode's address sits in a file-scope table; main stores 3 through tab[0] before create, so t's mode == 3 holds and t writes data = 1 while main writes data = 2 */
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
    *tab[0] = 3;
    pthread_create(&th, 0, t, 0);
    data = 2;
    pthread_join(th, 0);
    return data;
}

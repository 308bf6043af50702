/* TRUTH: racy — &x is converted to long and back; w writes *(int *)a (x) while main writes x = 1 after the create. */
#include <pthread.h>
void *w(void *a) { *(int *)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    long u = (long)&x;
    pthread_create(&t, 0, w, (void *)u);
    x = 1;
    pthread_join(t, 0);
    return x;
}

/* TRUTH: racy — with arg 1 the switch enters case 1 inside if (off) (off = 0 is never true, but the label is reached by the switch), so t writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *t(void *arg)
{
    int off = 0;
    switch ((long)arg) {
    case 0:
        if (off) {
        case 1:
            g = 1;
        }
        break;
    }
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, (void *)1);
    g = 2;
    pthread_join(th, 0);
    return g;
}

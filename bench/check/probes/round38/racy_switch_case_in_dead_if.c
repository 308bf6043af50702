/* TRUTH: racy — t is started with arg 1; switch jumps to case 1, which sits inside the if (0) block, so t runs g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *t(void *arg)
{
    switch ((long)arg) {
    case 0:
        if (0) {
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

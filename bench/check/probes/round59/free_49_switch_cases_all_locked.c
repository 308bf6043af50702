/* TRUTH: free — every case of the switch locks reg_m before touching regs[]; threads 0..2 each run one case; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t reg_m = PTHREAD_MUTEX_INITIALIZER;
static int regs[3];

static void *op(void *arg)
{
    switch ((int)(long)arg) {
    case 0:
        pthread_mutex_lock(&reg_m);
        regs[0] = regs[1] + 1;
        pthread_mutex_unlock(&reg_m);
        break;
    case 1:
        pthread_mutex_lock(&reg_m);
        regs[1] = regs[2] + 2;
        pthread_mutex_unlock(&reg_m);
        break;
    default:
        pthread_mutex_lock(&reg_m);
        regs[2] = regs[0] + 3;
        pthread_mutex_unlock(&reg_m);
        break;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, op, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", regs[0], regs[1], regs[2]);
    return 0;
}

/* TRUTH: racy — the longjmp loop starts three T that are never joined before the next starts */
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>
int g;
static jmp_buf jb;
static void *T(void *arg) { (void)arg; g++; usleep(1000); return NULL; }
int main(void)
{
    pthread_t u[3];
    for (int i = 0; i < 2; i++) {
        pthread_create(&u[0], NULL, T, NULL);
        pthread_join(u[0], NULL);
    }
    static int n;
    setjmp(jb);
    pthread_create(&u[n], NULL, T, NULL);
    if (++n < 3)
        longjmp(jb, 1);
    for (int i = 0; i < 3; i++)
        pthread_join(u[i], NULL);
    printf("done\n");
    return 0;
}

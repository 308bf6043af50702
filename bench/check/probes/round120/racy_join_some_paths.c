/* TRUTH: racy — main joins the writer only when nondet()!=0; on the 0 path main's writes to x race with the thread's increments (TSan run with NONDET=0) */
#include <pthread.h>
#include <unistd.h>

extern int __VERIFIER_nondet_int(void);

int x;

void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        x = x + 1;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, writer, 0);
    if (__VERIFIER_nondet_int())
        pthread_join(t, 0);
    for (int i = 0; i < 20; i++) {
        x = 100;
        usleep(1000);
    }
    return 0;
}

/* TRUTH: racy — after join(t[i]) main's sprintf(&buf[i], ...) also writes buf[i + 1] (the NUL),
   which thread i + 1, not joined yet, writes */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 3
static char buf[N + 1];

static void *w(void *a)
{
    char *p = a;
    usleep(1000);
    *p = 'x';
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, &buf[i]);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sprintf(&buf[i], "%c", 'y');
    }
    puts(buf);
    return 0;
}

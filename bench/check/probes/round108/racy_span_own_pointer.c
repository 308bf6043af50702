/* TRUTH: racy — each thread is handed &buf[i]; strcpy(p, "a") writes buf[i] and buf[i + 1] (the NUL),
   and thread i + 1 writes buf[i + 1] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define N 3
static char buf[N + 1];

static void *w(void *a)
{
    char *p = a;
    strcpy(p, "a");
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, &buf[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    puts(buf);
    return 0;
}

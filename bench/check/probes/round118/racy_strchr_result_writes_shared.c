/* TRUTH: racy — the worker cuts 'kv' at '=' through the pointer strchr returns, while main reads kv[3] (the byte strchr finds) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char kv[32] = "key=value";

static void *cutter(void *arg)
{
    (void)arg;
    usleep(2000);
    char *eq = strchr(kv, '=');
    if (eq)
        *eq = '\0';
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, cutter, NULL);
    int eqs = 0;
    for (int i = 0; i < 40; i++) {
        eqs += kv[3] == '=';
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%d\n", eqs);
    return 0;
}

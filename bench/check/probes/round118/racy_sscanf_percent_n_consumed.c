/* TRUTH: racy — sscanf's %n stores the number of consumed characters into 'used' while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int used;

static void *scanner(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        int v;
        if (sscanf("12 34 56", "%d%n", &v, &used) != 1)
            break;
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, scanner, NULL);
    int s = 0;
    for (int i = 0; i < 40; i++) {
        s += used;
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%d\n", s);
    return 0;
}

/* TRUTH: racy — sscanf writes the parsed value through &level while main reads level */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int level;

static void *parser(void *arg)
{
    (void)arg;
    usleep(2000);
    if (sscanf("level=7", "level=%d", &level) != 1)
        return NULL;
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, parser, NULL);
    printf("level %d\n", level);
    usleep(10000);
    pthread_join(a, NULL);
    return 0;
}

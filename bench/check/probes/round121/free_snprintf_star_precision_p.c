/* TRUTH: free — in "%.*s %p" the precision consumes 3, %s reads the constant label and %p just prints &level; only the adjuster thread writes level until join */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int level;

static void *adjuster(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        level = i % 7;
        usleep(100);
    }
    return NULL;
}

static void *describer(void *arg)
{
    char *buf = arg;
    for (int i = 0; i < 200; i++) {
        snprintf(buf, 64, "%.*s %p", 3, "levelmeter", (void *)&level);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    static char buf[64];
    pthread_t a, b;
    pthread_create(&a, NULL, adjuster, NULL);
    pthread_create(&b, NULL, describer, buf);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%s %d\n", buf, level);
    return 0;
}

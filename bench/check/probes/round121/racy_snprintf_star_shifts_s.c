/* TRUTH: racy — in "%*d %s" the * consumes width, %d consumes id and %s reads name; the renamer thread writes name[] concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static char name[16] = "node";

static void *renamer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        name[0] = (char)('a' + i % 26);
        usleep(100);
    }
    return NULL;
}

static void *formatter(void *arg)
{
    char *line = arg;
    for (int i = 0; i < 200; i++) {
        snprintf(line, 64, "%*d %s", 6, i, name);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    static char line[64];
    pthread_t a, b;
    pthread_create(&a, NULL, renamer, NULL);
    pthread_create(&b, NULL, formatter, line);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%s\n", line);
    return 0;
}

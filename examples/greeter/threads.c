/* Greeter, threads: one thread per name, so the three 1 s waits overlap (about 1 s in all). */
#include "elapsed.h"

#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static const char *const names[] = {"Ada", "Grace", "Linus"};

struct greeting {
    const char *name;
    char text[64];
};

static void *greet(void *arg)
{
    struct greeting *g = arg;
    sleep(1);
    snprintf(g->text, sizeof(g->text), "Hello, %s!", g->name);
    return NULL;
}

int main(void)
{
    double start = example_now();
    pthread_t tid[3];
    struct greeting greetings[3];
    for (int i = 0; i < 3; i++) {
        greetings[i].name = names[i];
        if (pthread_create(&tid[i], NULL, greet, &greetings[i]) != 0) {
            perror("pthread_create");
            return 1;
        }
    }
    /* Print from main, in order, so the output does not depend on which thread wakes first. */
    for (int i = 0; i < 3; i++) {
        pthread_join(tid[i], NULL);
        puts(greetings[i].text);
    }
    example_report_elapsed("greeter-threads", start);
    return 0;
}

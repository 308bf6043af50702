/* TRUTH: free — each detached thread owns its malloc'ed request and frees it; main waits on a semaphore */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct request { int id; char text[32]; };

static sem_t finished;

static void *serve(void *arg)
{
    struct request *r = arg;
    for (char *p = r->text; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p -= 32;
    printf("request %d: %s\n", r->id, r->text);
    free(r);
    sem_post(&finished);
    return NULL;
}

int main(void)
{
    const char *words[] = { "alpha", "bravo", "charlie" };
    sem_init(&finished, 0, 0);
    for (int i = 0; i < 3; i++) {
        struct request *r = malloc(sizeof *r);
        pthread_t t;
        if (!r)
            return 1;
        r->id = i;
        strcpy(r->text, words[i]);
        if (pthread_create(&t, NULL, serve, r) != 0) {
            free(r);
            return 1;
        }
        pthread_detach(t);
    }
    for (int i = 0; i < 3; i++)
        sem_wait(&finished);
    return 0;
}

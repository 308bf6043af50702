/* TRUTH: race-free. The loader writes cfg then writes one byte into the pipe; the server blocks in read() on the pipe until that byte exists, so all of its cfg accesses come after the loader's writes (the read cannot return before the write was made), and the loader touches cfg no more after its write(). main reads cfg after joining both. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct config {
    int port;
    int workers;
    char name[32];
    long generation;
};

static struct config cfg;
static int ready_pipe[2];

static void *loader(void *arg)
{
    char token = 'R';
    (void)arg;
    cfg.port = 8080;
    cfg.workers = 4;
    strcpy(cfg.name, "edge-1");
    cfg.generation = 1;
    if (write(ready_pipe[1], &token, 1) != 1) {
        perror("write");
        exit(1);
    }
    return NULL;
}

static void *server(void *arg)
{
    char token;
    (void)arg;
    if (read(ready_pipe[0], &token, 1) != 1) {
        perror("read");
        exit(1);
    }
    cfg.generation++;
    printf("serving %s on %d with %d workers\n", cfg.name, cfg.port, cfg.workers);
    return NULL;
}

int main(void)
{
    pthread_t tl, ts;

    if (pipe(ready_pipe) != 0) {
        perror("pipe");
        exit(1);
    }
    pthread_create(&ts, NULL, server, NULL);
    pthread_create(&tl, NULL, loader, NULL);
    pthread_join(tl, NULL);
    pthread_join(ts, NULL);
    printf("generation %ld\n", cfg.generation);
    close(ready_pipe[0]);
    close(ready_pipe[1]);
    return 0;
}

/* TRUTH: race-free - main writes cfg before creating the readers and then pthread_exit()s; the readers only read cfg */
#include <pthread.h>
#include <stdio.h>
static struct { int port; char host[16]; } cfg;
static void *reader(void *arg)
{
    (void)arg;
    printf("%s:%d\n", cfg.host, cfg.port);
    return NULL;
}
int main(void)
{
    cfg.port = 8080;
    snprintf(cfg.host, sizeof cfg.host, "localhost");
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_exit(NULL);
}

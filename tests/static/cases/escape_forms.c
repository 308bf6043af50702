// A local's address handed on however it is formed (buf + 1, &v + 0, &*&w) and a
// pointer formatted into a buffer (sprintf "%p", read back with sscanf) escape: main's later
// writes race with the thread's. Formatting to a stream (printf) hands nothing to a thread.
#include <pthread.h>
#include <stdio.h>

static void *writer(void *p)
{
    *(int *)p = 1;
    return NULL;
}

static char text[32];

static void *parser(void *arg)
{
    (void)arg;
    void *p = NULL;
    sscanf(text, "%p", &p);
    if (p)
        *(int *)p = 1;
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    int buf[3] = {0}, v = 0, w = 0, z = 0, quiet = 0;
    pthread_create(&t[0], NULL, writer, buf + 1);
    pthread_create(&t[1], NULL, writer, &v + 0);
    pthread_create(&t[2], NULL, writer, &*&w);
    sprintf(text, "%p", (void *)&z);
    printf("%p\n", (void *)&quiet);
    pthread_create(&t[3], NULL, parser, NULL);
    buf[1] = 2; // RACE
    v = 2;      // RACE
    w = 2;      // RACE
    z = 2;      // (races with the parser's *(int *)p: memory matched by type, so not proved race-free)
    quiet = 2;  // NORACE: printed, not handed to a thread
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return buf[1] + v + w + z + quiet;
}

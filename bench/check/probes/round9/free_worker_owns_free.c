/* TRUTH: free. Ownership of each heap message passes to its worker at creation; main never touches it again, and each worker frees its own message. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct msg {
    int len;
    char text[32];
};

static void *consume(void *arg)
{
    struct msg *m = arg;
    m->text[0] = 'X';
    m->len++;
    free(m);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++) {
        struct msg *m = malloc(sizeof *m);
        if (!m)
            return 1;
        m->len = i;
        m->text[0] = 'a';
        pthread_create(&t[i], NULL, consume, m);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    puts("done");
    return 0;
}

// racy: each thread is handed (_Bool)i by value: threads 1 and 2 both get 1 and write out[1].
#include <pthread.h>
#include <stdint.h>
static int out[3];
static void *w(void *arg) { out[(intptr_t)arg] = 1; return NULL; }
int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, w, (void *)(intptr_t)(_Bool)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return out[1];
}

/* FREE: each thread gets a pointer to its own element of an ids[] array that main
   does not modify after creation; each writes only its own slot. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int slots[N];
static void *worker(void *arg) {
    int id = *(int *)arg;
    slots[id] = id * id;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int j = 0; j < N; j++)
        pthread_join(t[j], NULL);
    for (int j = 0; j < N; j++) printf("%d\n", slots[j]);
    return 0;
}

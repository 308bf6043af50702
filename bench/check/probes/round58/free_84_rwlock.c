/* TRUTH: free — the writer updates cfg under wrlock, the readers read it under rdlock of the same rwlock. */
#include <pthread.h>
static int cfg[4];
static int seen[2];
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static void *writer(void *arg) { (void)arg; for (int k = 0; k < 10; k++) { pthread_rwlock_wrlock(&rw); for (int i = 0; i < 4; i++) cfg[i] = k; pthread_rwlock_unlock(&rw); } return NULL; }
static void *reader(void *arg) { int id = *(int *)arg; int s = 0; for (int k = 0; k < 10; k++) { pthread_rwlock_rdlock(&rw); s += cfg[id]; pthread_rwlock_unlock(&rw); } seen[id] = s; return NULL; }
int main(void) {
    static int ids[2] = {0, 1};
    pthread_t w, r0, r1;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r0, NULL, reader, &ids[0]); pthread_create(&r1, NULL, reader, &ids[1]);
    pthread_join(w, NULL); pthread_join(r0, NULL); pthread_join(r1, NULL);
    return seen[0] + seen[1];
}

/* TRUTH: free — table is filled inside pthread_once's init routine; both threads call pthread_once before reading it (once synchronizes). */
#include <pthread.h>
static int table[16];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int r[2];
static void init(void) { for (int i = 0; i < 16; i++) table[i] = i * i; }
static void *w(void *arg) { int id = *(int *)arg; pthread_once(&once, init); r[id] = table[5 + id]; return NULL; }
int main(void) {
    static int ids[2] = {0, 1};
    pthread_t x, y;
    pthread_create(&x, NULL, w, &ids[0]); pthread_create(&y, NULL, w, &ids[1]);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return r[0] + r[1];
}

/* TRUTH: racy — main passes a pointer to its local status struct; the worker writes it while main polls it before joining */
#include <pthread.h>
#include <unistd.h>
struct status { int percent; int done; };
static void *download(void *arg) {
    struct status *st = arg;
    for (int p = 0; p <= 100; p += 10) { st->percent = p; usleep(100); }
    st->done = 1;
    return NULL;
}
int main(void) {
    struct status st = {0, 0};
    pthread_t t;
    pthread_create(&t, NULL, download, &st);
    int last = -1;
    for (int i = 0; i < 5; i++) { if (st.percent != last) last = st.percent; usleep(150); }
    pthread_join(t, NULL);
    return st.done ? 0 : last;
}

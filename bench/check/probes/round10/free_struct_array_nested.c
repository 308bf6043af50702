/* free: array of port structs; thread a touches only ports[0], thread b only
   ports[2] (different elements, fields). */
#include <pthread.h>
struct stats { int pkts; int errors; };
struct port { int id; struct stats st; };
static struct port ports[4];
static void *a(void *x) { (void)x; ports[0].st.errors++; ports[0].st.pkts++; return 0; }
static void *b(void *x) { (void)x; ports[2].st.errors++; ports[2].st.pkts++; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return ports[0].st.errors + ports[2].st.pkts;
}
